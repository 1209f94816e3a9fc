/**
 * Why an archive, a backup or an import was refused, in words for the operator. The CLI prints the message and
 * exits 1; nothing has been written when it is thrown during an import.
 */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArchiveError";
  }
}
