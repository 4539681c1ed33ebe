import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** argon2id password hashes. */
@Injectable()
export class PasswordHasher {
  /** Verified against when the account does not exist, so that answers take the same time. */
  private readonly decoy = argon2.hash('decoy password for unknown accounts', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await argon2.verify(hash ?? (await this.decoy), password);
      return hash !== null && matches;
    } catch {
      return false; // a malformed stored hash signs nobody in
    }
  }

  /** True when the stored hash used weaker (older) parameters than today's. */
  needsRehash(hash: string): boolean {
    return argon2.needsRehash(hash, { memoryCost: OPTIONS.memoryCost, timeCost: OPTIONS.timeCost, parallelism: OPTIONS.parallelism });
  }
}
