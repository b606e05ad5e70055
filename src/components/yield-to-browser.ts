/**
 * Gives the browser a turn before a long piece of work on the main thread, so the notice just set
 * ("Opening…", "Drawing…") is rendered first. A task rather than an animation frame: frames do not
 * run in a hidden tab, where the work must still go on.
 */
export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
