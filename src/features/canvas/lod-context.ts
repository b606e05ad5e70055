import { createContext } from 'react';
import type { Lod } from './lod';

export const LodContext = createContext<Lod>('full');
