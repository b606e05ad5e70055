// What a live room needs at run time: Yjs, the Hocuspocus client and the room's schemas load when
// a room is shared or joined (or the address holds a live link), not with every page.
export { connectLive, liveLink, newRoom, parseLiveLink } from '../../core/live';
export { bridgeEditorToRoom } from './live-bridge';
