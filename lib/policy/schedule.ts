/** Rule: a cron expression has five fields of cron characters (minute hour day-of-month month day-of-week). */
export function isCronSchedule(schedule: string): boolean {
  const fields = schedule.trim().split(/\s+/);
  return fields.length === 5 && fields.every((f) => /^[0-9*,/\-A-Za-z?]+$/.test(f));
}
