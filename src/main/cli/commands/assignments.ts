/**
 * assignments list/add/edit/end/delete and persons edit: the register corrections of the person page,
 * over the same channels (so the same checks: stale version, owner, the seat guard). Options are
 * validated with strict zod schemas (imported on first use); every refusal is one Swedish line.
 */
import type { z as Zod } from 'zod';
import type { MembershipView } from '@shared/contract/register';
import { MEMBERSHIP_ROLES } from '@shared/domain/enums';
import type { Command } from '../command';
import { CliError } from '../errors';
import { call, withApp, type CliApp } from '../services';

export type Z = typeof Zod;
const DATE = 'ett datum ÅÅÅÅ-MM-DD';
const NONE = ['none', 'ingen'];

/** Validates the command's options with a strict schema built on first use; the first problem is the line. */
export async function checked<T>(build: (z: Z) => Zod.ZodType<T>, value: unknown, usage: string): Promise<T> {
  const { z } = await import('zod');
  const parsed = build(z).safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CliError(`${parsed.error.issues[0]?.message ?? 'ogiltiga värden'} (användning: ${usage})`);
}

/** "10", "12,5", "12.5 %" → basis points (1000 = 10 %). */
export function shareSchema(z: Z) {
  const error = '--share ska vara en procentsats 0–100, t.ex. 10 eller 12,5';
  return z
    .string({ error })
    .trim()
    .regex(/^\d{1,3}(?:[.,]\d{1,2})?\s*%?$/, { error })
    .transform((text) => Math.round(Number(text.replace('%', '').trim().replace(',', '.')) * 100))
    .refine((bp) => bp <= 10_000, { error });
}

export function roleSchema(z: Z) {
  const error = `--role ska vara en av ${MEMBERSHIP_ROLES.join(', ')}`;
  return z
    .string({ error })
    .transform((r) => r.trim().toUpperCase())
    .pipe(z.enum(MEMBERSHIP_ROLES, { error }));
}

export const idOf = (z: Z, what: string) => z.uuid({ error: `${what} ska vara ett id (uuid)` });
export const dateOf = (z: Z, option: string) => z.iso.date({ error: `${option} ska vara ${DATE}` });
/** A value, or "none"/"ingen" for none (null); every failure says `error`. */
function orNone<T extends Zod.ZodType>(z: Z, error: string, value: (error: string) => T) {
  return z.union([z.enum(NONE, { error }).transform(() => null), value(error)], { error });
}
const seatOf = (z: Z) => orNone(z, '--seat ska vara ett id (uuid) eller none', (error) => z.uuid({ error }));

function percent(bp: number): string {
  return `${(bp / 100).toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`;
}

function membershipLine(m: MembershipView): string {
  const period = `${m.startDate} – ${m.endDate ?? 'tills vidare'}`;
  return [
    m.id,
    m.personName.padEnd(24),
    m.groupName.padEnd(32),
    (m.seatLabel ?? '-').padEnd(8),
    m.role.padEnd(16),
    period,
    percent(m.allocationBp),
  ].join('  ');
}

export async function resolveGroup(app: CliApp, text: string): Promise<string> {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) return text;
  const [{ foldText }, groups] = await Promise.all([
    import('@shared/text/fold'),
    call(app, 'groups:list', { type: null, level: null, query: text }),
  ]);
  const matches = groups.filter((g) => foldText(g.name) === foldText(text));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new CliError(`Ingen grupp heter "${text}"; ange gruppens namn exakt eller dess id`);
  throw new CliError(`${matches.length} grupper heter "${text}"; ange gruppens id`);
}

/** The seat guard's refusal, with the CLI's own way out. */
export async function withSeatAdvice<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CliError && error.detailKey === 'seat.taken' && error.detailParams['replaceable'] === 1)
      throw new CliError(
        `${error.message} Lägg till --replace för att avsluta innehavaren dagen före ${String(error.detailParams['replaceFrom'])}.`,
      );
    throw error;
  }
}

const list: Command = {
  name: 'assignments list',
  summary: 'assignments (uppdrag), of one person and/or group',
  usage: 'assignments list [--person ID] [--group ID] [--json]',
  options: { person: { type: 'string' }, group: { type: 'string' } },
  async run(ctx) {
    const input = await checked(
      (z) => z.strictObject({ personId: idOf(z, '--person').optional(), groupId: idOf(z, '--group').optional() }),
      { personId: ctx.values['person'], groupId: ctx.values['group'] },
      this.usage,
    );
    const rows = await withApp(ctx, (app) => call(app, 'memberships:list', input));
    ctx.out.print(rows, () => [...rows.map(membershipLine), `${rows.length} uppdrag`].join('\n'));
  },
};

const add: Command = {
  name: 'assignments add',
  summary: 'add an assignment; a held seat is refused unless --replace ends the holder the day before',
  usage:
    'assignments add --person ID --group ID|NAME [--seat ID] --role ROLE --from YYYY-MM-DD [--to YYYY-MM-DD] [--share PERCENT] [--replace] [--json]',
  options: {
    person: { type: 'string' },
    group: { type: 'string' },
    seat: { type: 'string' },
    role: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    share: { type: 'string' },
    replace: { type: 'boolean' },
  },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z.strictObject({
          person: idOf(z, '--person'),
          group: z
            .string({ error: '--group ska vara gruppens id eller namn' })
            .trim()
            .min(1, { error: '--group ska vara gruppens id eller namn' }),
          seat: seatOf(z).optional(),
          role: roleSchema(z),
          from: dateOf(z, '--from'),
          to: dateOf(z, '--to').optional(),
          share: shareSchema(z).optional(),
          replace: z.boolean().optional(),
        }),
      {
        person: v['person'],
        group: v['group'],
        seat: v['seat'],
        role: v['role'],
        from: v['from'],
        to: v['to'],
        share: v['share'],
        replace: v['replace'],
      },
      this.usage,
    );
    const created = await withApp(ctx, async (app) => {
      const groupId = await resolveGroup(app, o.group);
      const input = {
        personId: o.person,
        groupId,
        seatId: o.seat ?? null,
        role: o.role,
        startDate: o.from,
        endDate: o.to ?? null,
        allocationBp: o.share ?? null,
        status: 'DECIDED' as const,
        notes: null,
        replaceHolder: o.replace === true,
      };
      return withSeatAdvice(() => call(app, 'memberships:create', input));
    });
    ctx.out.print(created, () => `Lade till uppdraget:\n${membershipLine(created)}`);
  },
};

const edit: Command = {
  name: 'assignments edit',
  summary: "correct an assignment's dates, share, role or seat (from its current version)",
  usage: 'assignments edit ID [--from DATE] [--to DATE|none] [--share PERCENT] [--role ROLE] [--seat ID|none] [--replace] [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    share: { type: 'string' },
    role: { type: 'string' },
    seat: { type: 'string' },
    replace: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z
          .strictObject({
            id: idOf(z, 'ID'),
            from: dateOf(z, '--from').optional(),
            to: orNone(z, `--to ska vara ${DATE} eller none`, (error) => z.iso.date({ error })).optional(),
            share: shareSchema(z).optional(),
            role: roleSchema(z).optional(),
            seat: seatOf(z).optional(),
            replace: z.boolean().optional(),
          })
          .refine((x) => [x.from, x.to, x.share, x.role, x.seat].some((f) => f !== undefined), {
            error: 'ange minst något att ändra: --from, --to, --share, --role eller --seat',
          }),
      { id: ctx.positionals[0], from: v['from'], to: v['to'], share: v['share'], role: v['role'], seat: v['seat'], replace: v['replace'] },
      this.usage,
    );
    const updated = await withApp(ctx, async (app) => {
      const m = await call(app, 'memberships:get', { id: o.id });
      const endDate = o.to === undefined ? m.endDate : o.to;
      const input = {
        id: m.id,
        version: m.version,
        personId: m.personId,
        groupId: m.groupId,
        seatId: o.seat === undefined ? m.seatId : o.seat,
        role: o.role ?? m.role,
        startDate: o.from ?? m.startDate,
        endDate,
        allocationBp: o.share ?? m.allocationBp,
        // an ended assignment whose end is taken away runs again
        status: m.status === 'ENDED' && endDate === null ? ('DECIDED' as const) : m.status,
        notes: m.notes,
        replaceHolder: o.replace === true,
      };
      return withSeatAdvice(() => call(app, 'memberships:update', input));
    });
    ctx.out.print(updated, () => `Ändrade uppdraget:\n${membershipLine(updated)}`);
  },
};

const end: Command = {
  name: 'assignments end',
  summary: 'end an assignment on a day (its last day)',
  usage: 'assignments end ID --on DATE [--json]',
  options: { on: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const o = await checked(
      (z) => z.strictObject({ id: idOf(z, 'ID'), on: dateOf(z, '--on') }),
      { id: ctx.positionals[0], on: ctx.values['on'] },
      this.usage,
    );
    const ended = await withApp(ctx, async (app) => {
      const m = await call(app, 'memberships:get', { id: o.id });
      return call(app, 'memberships:end', { id: m.id, version: m.version, endDate: o.on });
    });
    ctx.out.print(ended, () => `Avslutade uppdraget:\n${membershipLine(ended)}`);
  },
};

const remove: Command = {
  name: 'assignments delete',
  summary: 'remove an assignment entered by mistake (a correction, not an erasure of personal data)',
  usage: 'assignments delete ID --yes [--json]',
  options: { yes: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const o = await checked(
      (z) =>
        z.strictObject({
          id: idOf(z, 'ID'),
          yes: z.literal(true, { error: 'bekräfta med --yes att uppdraget är felregistrerat och ska tas bort' }),
        }),
      { id: ctx.positionals[0], yes: ctx.values['yes'] },
      this.usage,
    );
    const removed = await withApp(ctx, async (app) => {
      const m = await call(app, 'memberships:get', { id: o.id });
      await call(app, 'memberships:delete', { id: m.id, version: m.version });
      return m;
    });
    ctx.out.print({ ok: true, id: removed.id }, () => `Tog bort uppdraget (felregistrering):\n${membershipLine(removed)}`);
  },
};

const personsEdit: Command = {
  name: 'persons edit',
  summary: "correct a person's name, e-mail, organisation or profession (from the current version)",
  usage: 'persons edit ID [--name NAME] [--email ADDRESS|none] [--organisation ID|none] [--profession TEXT|none] [--json]',
  options: { name: { type: 'string' }, email: { type: 'string' }, organisation: { type: 'string' }, profession: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z
          .strictObject({
            id: idOf(z, 'ID'),
            name: z.string().trim().min(1, { error: '--name får inte vara tomt' }).max(200, { error: '--name är för långt' }).optional(),
            email: orNone(z, '--email ska vara en e-postadress eller none', (error) => z.email({ error }).max(254, { error })).optional(),
            organisation: orNone(z, '--organisation ska vara ett id (uuid) eller none', (error) => z.uuid({ error })).optional(),
            profession: orNone(z, '--profession ska vara 1–120 tecken eller none', (error) =>
              z.string({ error }).trim().min(1, { error }).max(120, { error }),
            ).optional(),
          })
          .refine((x) => [x.name, x.email, x.organisation, x.profession].some((f) => f !== undefined), {
            error: 'ange minst något att ändra: --name, --email, --organisation eller --profession',
          }),
      { id: ctx.positionals[0], name: v['name'], email: v['email'], organisation: v['organisation'], profession: v['profession'] },
      this.usage,
    );
    const person = await withApp(ctx, async (app) => {
      const p = await call(app, 'persons:get', { id: o.id });
      return call(app, 'persons:update', {
        id: p.id,
        version: p.version,
        name: o.name ?? p.name,
        email: o.email === undefined ? p.email : o.email,
        phone: p.phone,
        regionCode: p.regionCode,
        organisationId: o.organisation === undefined ? p.organisationId : o.organisation,
        profession: o.profession === undefined ? p.profession : o.profession,
        gender: p.gender,
        notes: p.notes,
      });
    });
    const place = [person.email, person.organisationName, person.profession].filter((x) => x !== null).join(', ');
    ctx.out.print(person, () => `Ändrade personen: ${person.name}${place ? ` (${place})` : ''}`);
  },
};

/** Exported for the command list; `persons edit` sits here with the other corrections. */
export const assignmentCommands: Command[] = [list, add, edit, end, remove, personsEdit];
