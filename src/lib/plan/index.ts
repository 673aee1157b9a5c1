/** Min plan: the model (storage, merging, changes) and the file (export, import). */
export * from './model';
export * from './file';
