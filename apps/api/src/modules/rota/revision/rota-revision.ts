import { EntityManager } from 'typeorm';
import { RotaRevisionEntity } from './rota-revision.entity';

/**
 * Bumps the rota revision inside a change's transaction and returns the new number. Call it
 * FIRST in the transaction: the row lock it takes makes concurrent rota changes wait, so
 * whatever the change checks afterwards (who holds a shift, a pattern's version) is read
 * after the other change committed.
 */
export async function bumpRotaRevision(manager: EntityManager): Promise<number> {
  const rows = (await manager.query(`UPDATE "rota_revision" SET "revision" = "revision" + 1, "changed_at" = now() WHERE "id" = 1 RETURNING "revision"`)) as [
    { revision: number }[],
    number,
  ];
  return Number(rows[0][0].revision);
}

export async function currentRotaRevision(manager: EntityManager): Promise<number> {
  const row = await manager.findOneBy(RotaRevisionEntity, { id: 1 });
  return row?.revision ?? 0;
}
