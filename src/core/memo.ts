/**
 * One kind of cache in the engine: the answer of a pure function of a text, kept because the same
 * texts recur over thousands of rows (IKU names, satuan, unit names, number formats). It depends on
 * nothing but its argument, so it is never wrong and nobody has to clear it; it is bounded, and
 * when full it starts again, so a long session's memory does not grow with the workbooks it read.
 */
export function textMemo<T>(fn: (text: string) => T, limit: number): (text: string) => T {
  let answers = new Map<string, T>();
  return (text: string) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = fn(text);
    if (answers.size >= limit) answers = new Map();
    answers.set(text, answer);
    return answer;
  };
}
