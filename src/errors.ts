// Every failure a user can cause has one class here, with a message that says what happened and what to do.
// The CLI and the server print `message` once; nothing deeper catches and rephrases them.

export class KgError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = new.target.name;
  }
  /** One line for a person: what happened, then what to do. */
  toLine(): string {
    return this.hint ? `${this.message} ${this.hint}` : this.message;
  }
}

/** An article file that cannot be read as an English news text. */
export class ArticleError extends KgError {}

/** Neo4j unreachable, refusing credentials, or failing a query. */
export class StoreError extends KgError {}

/** A query the user typed that the tool will not run (a write, a syntax error). */
export class QueryError extends KgError {}

/** An option or argument outside what the command accepts. */
export class UsageError extends KgError {}
