import { Source } from './source.entity';
import { CreateSourceInput, UpdateSourceInput } from './source.inputs';
import type { AtlasUser } from '../../common/auth/roles';
import { createIdempotent, globalIdOrFail, throwIfAny, updateVersioned } from '../../common/writes';
import { Writer } from '../../common/writer';
import { References } from '../references/references';

/** Writes of sources; each method is one audited transaction answering userErrors. */
export class SourceWriter extends Writer {
  create(input: CreateSourceInput, user?: AtlasUser) {
    return this.write(user, 'createSource', input, async (em) => {
      const refs = new References(em);
      refs.defineOrganization(input.publisher, ['input', 'publisher']);
      refs.definePerson(input.author, ['input', 'author']);
      refs.defineOrganization(input.citedBody, ['input', 'citedBody']);
      const publisherId = await refs.organization(input.publisher, ['input', 'publisher']);
      const authorId = input.author ? await refs.person(input.author, ['input', 'author']) : null;
      const citedBodyId = input.citedBody
        ? await refs.organization(input.citedBody, ['input', 'citedBody'])
        : null;
      throwIfAny(refs.errors);
      const { result } = await createIdempotent(
        em,
        Source,
        'Source',
        { url: input.url.trim() },
        { title: input.title, publisherId, authorId, citedBodyId, publishedAt: input.publishedAt },
        ['input', 'url'],
      );
      return { result };
    });
  }

  update(input: UpdateSourceInput, user?: AtlasUser) {
    return this.write(user, 'updateSource', input, async (em) => {
      const id = globalIdOrFail(input.id, 'Source', ['input', 'id']);
      const result = await updateVersioned(em, Source, 'Source', id, input.version, {
        title: input.title,
        publishedAt: input.publishedAt,
      });
      return { result };
    });
  }

  delete(id: string, version: number | undefined, user?: AtlasUser) {
    return this.deleteById(user, 'deleteSource', Source, 'Source', id, version);
  }
}
