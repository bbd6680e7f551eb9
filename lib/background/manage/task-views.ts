// Tasks as lists show them: with the name, email and company of the person they are for.
import * as db from '../../db';
import type { TaskView } from '../../messages';
import type { Task } from '../../model';

export async function withContacts(database: db.TasklaneDb, tasks: Task[]): Promise<TaskView[]> {
  const ids = tasks.flatMap((t) => (t.contactId ? [t.contactId] : []));
  const contacts = await db.getContacts(database, ids);
  return tasks.map((task) => {
    const c = task.contactId ? contacts.get(task.contactId) : undefined;
    return c ? { ...task, contact: { name: c.name, email: c.email, company: c.company } } : task;
  });
}
