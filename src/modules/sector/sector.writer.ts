import { Sector } from './sector.entity';
import { CreateSectorInput, UpdateSectorInput } from './sector.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { createIdempotent, globalIdOrFail, throwIfAny, updateVersioned } from '../../common/writes';
import { fail } from '../../common/user-errors';
import { Writer } from '../../common/writer';
import { readCrsCodes } from '../crs-code/crs-codes';
import { References } from '../references/references';

/** A CRS code must be one the committed list holds (datasets/crs-codes.json). */
function checkCrsCode(code: string | undefined): void {
  if (code && !readCrsCodes().get(code)) {
    fail(['input', 'crsCode'], `${code} is not an OECD DAC CRS purpose code or category`);
  }
}

/** Writes of sectors; each method is one audited transaction answering userErrors. */
export class SectorWriter extends Writer {
  create(input: CreateSectorInput, user?: AtlasUser) {
    return this.write(user, 'createSector', input, async (em) => {
      checkCrsCode(input.crsCode);
      const refs = new References(em);
      const parentId = input.parent ? await refs.sector(input.parent, ['input', 'parent']) : null;
      throwIfAny(refs.errors);
      const { result } = await createIdempotent(
        em,
        Sector,
        'Sector',
        { code: input.code },
        {
          name: input.name,
          description: input.description,
          parentId,
          crsCode: input.crsCode ?? null,
        },
        ['input', 'code'],
      );
      return { result };
    });
  }

  update(input: UpdateSectorInput, user?: AtlasUser) {
    return this.write(user, 'updateSector', input, async (em) => {
      checkCrsCode(input.crsCode);
      const id = globalIdOrFail(input.id, 'Sector', ['input', 'id']);
      const result = await updateVersioned(em, Sector, 'Sector', id, input.version, {
        name: input.name,
        description: input.description,
        crsCode: input.crsCode === '' ? null : input.crsCode,
        synonyms: input.synonyms?.map((phrase) => phrase.trim()),
      });
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(user, 'deleteSector', Sector, 'Sector', id, version);
  }
}
