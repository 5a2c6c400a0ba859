import type { StateCreator } from 'zustand';
import type { AppState } from './store-types';

/** A slice of the one app store; the temporal (undo) middleware is applied once, on the whole store. */
export type SliceCreator<Slice> = StateCreator<AppState, [['temporal', unknown]], [], Slice>;
