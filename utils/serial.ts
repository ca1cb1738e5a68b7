/**
 * One-at-a-time queues by key: a task starts once every earlier task of its key has finished (failed ones
 * included), and its own result or error goes to its caller only. A key whose queue runs empty is forgotten.
 */
export class SerialQueues {
  private readonly queues = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(key) ?? Promise.resolve();
    const run = before.then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(key, tail);
    void tail.then(() => {
      if (this.queues.get(key) === tail) this.queues.delete(key);
    });
    return run;
  }
}
