/** Where the publishing layer reports: one line per event or problem (the server log by default). */
export interface PublishLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export const consoleLog: PublishLog = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};
