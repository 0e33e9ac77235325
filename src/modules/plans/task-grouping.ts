// A plan's tasks as its document lists them: by group in first-seen order, numbered "1", "1.1" by
// parent. The page and the exported reports number alike.
import type { TaskView } from './plans.types.js';

export function groupTasks(tasks: TaskView[]) {
  const groups = new Map<string, TaskView[]>();
  for (const t of tasks) (groups.get(t.groupName) ?? groups.set(t.groupName, []).get(t.groupName)!).push(t);
  // Children by parent, once: numbering 5,000 tasks must not be quadratic.
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<number, TaskView[]>();
  for (const t of tasks)
    if (t.parentId !== null && ids.has(t.parentId))
      (children.get(t.parentId) ?? children.set(t.parentId, []).get(t.parentId)!).push(t);
  const numbering = new Map<number, string>();
  let n = 0;
  for (const list of groups.values()) {
    for (const t of list) {
      if (t.parentId !== null && ids.has(t.parentId)) continue;
      n += 1;
      numbering.set(t.id, String(n));
      let k = 0;
      for (const child of children.get(t.id) ?? []) numbering.set(child.id, `${n}.${++k}`);
    }
  }
  return { groups, numbering };
}
