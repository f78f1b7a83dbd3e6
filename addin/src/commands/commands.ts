/**
 * The add-in's FunctionFile. Word loads it, unseen, when a ribbon command runs without the task
 * pane; Entrance Hall's only command opens the pane, so it has nothing to register yet, but it must
 * initialise Office.js for Word to treat the add-in as loaded.
 */
void (typeof Office === 'undefined' ? Promise.resolve() : Office.onReady());

export {};
