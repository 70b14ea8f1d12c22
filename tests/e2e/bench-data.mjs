// Data-core figures for the bench (autosave, import, memory); filled in with the data core.
export async function benchData() {
  return [];
}
