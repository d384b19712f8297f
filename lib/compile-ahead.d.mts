export function compiledDir(): string;
export function compiledPath(entry: string): string;
export function compileAhead(entry: string): Promise<string | undefined>;
