import { verifyAuditChain } from "../audit/log.js";
import { openCliContext } from "./context.js";

export const auditUsage = `  audit verify                  Check the audit log's hash chain; exit 1 naming the first broken entry`;

/** `pressroom audit verify` */
export async function runAudit(args: readonly string[]): Promise<number> {
  if (args[0] !== "verify" || args.length > 1) {
    console.error(`pressroom: audit what?\n${auditUsage}`);
    return 2;
  }
  const { store } = await openCliContext();
  try {
    const result = await verifyAuditChain(store.db);
    if (result.problem) {
      console.error(
        `pressroom: the audit log is broken at entry ${result.problem.id}: ${result.problem.reason} (${result.entries} entries before it are intact)`,
      );
      return 1;
    }
    console.log(`${result.entries} entries, chain intact.`);
    return 0;
  } finally {
    await store.close();
  }
}
