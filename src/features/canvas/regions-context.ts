import { createContext, useContext } from 'react';
import type { SubDebate } from '../../core/layout/regions';

/** The sub-debates of the laid-out map, found once per layout and shared by the layers. */
export const RegionsContext = createContext<readonly SubDebate[]>([]);

export const useSubDebates = () => useContext(RegionsContext);
