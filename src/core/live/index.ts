export { connectLive, type LiveOptions, type LiveSession, type LiveStatus, type Participant } from './connect';
export { REFUSALS, ROOM_SECRET, liveLink, newRoom, parseLiveLink, randomSecret, roomCommandSchema, roomStateMessageSchema, roomTokenSchema, type RoomCommand, type RoomToken } from './room-protocol';
export { SHARED_LAYER, SHARED_ROOTS, STRUCTURE_ROOTS, annotationMap, hasDocument, linkKey, readDocument, readLayers, writeDifference, type AnnotationLayer } from './shared-document';
export { LOCAL_ORIGIN, SharedMap, operationBetween, type RoomMode, type RoomState } from './shared-map';
