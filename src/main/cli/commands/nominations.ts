/**
 * nominations request/propose/advance/decide/list: the nomination road of the Nomineringar view, over
 * the same channels (so the same rules: the record writer's owner and stale-version checks, the step
 * rules, the seat guard of the decision). Options are validated like `assignments` (the same schemas,
 * the same group lookup); every refusal is one Swedish line and exit code 1.
 */
import type { CandidateView, RequestDetail } from '@shared/contract/nominations';
import type { Command } from '../command';
import { CliError, cliRefusal } from '../errors';
import { call, withApp, type CliApp } from '../services';
import { assignmentLine, candidateLine, requestLine } from './nominations-format';
import { checked, dateOf, idOf, resolveGroup, roleSchema, shareSchema, withSeatAdvice, type Z } from './assignments';

const STEPS = { 'manager-approved': 'MANAGER_APPROVED', 'declaration-received': 'DECLARATION_RECEIVED', nominated: 'NOMINATED' } as const;
const OUTCOMES = { 'no-conflict': 'NO_CONFLICT', handled: 'HANDLED', blocks: 'BLOCKS' } as const;

/** The day of the app's clock (the default of --on and the proposal's day). */
function today(app: CliApp): string {
  return app.ctx.now().toISOString().slice(0, 10);
}

/** A candidate by id (the request holding it, read anew so its version is current). */
async function findCandidate(app: CliApp, id: string): Promise<{ detail: RequestDetail; candidate: CandidateView }> {
  for (const summary of await call(app, 'nominations:list', { open: false, groupId: null })) {
    const detail = await call(app, 'nominations:get', { requestId: summary.id });
    const candidate = detail.candidates.find((c) => c.id === id);
    if (candidate) return { detail, candidate };
  }
  throw new CliError(`Ingen kandidat har id ${id}; se id:na med "nominations list --json"`);
}

function candidateIn(detail: RequestDetail, id: string): CandidateView {
  const found = detail.candidates.find((c) => c.id === id);
  if (!found) throw new CliError(`Kandidaten ${id} finns inte längre`);
  return found;
}

/** A new candidate's region code, by the contract's own schema (as `teams`, `capacity` and `persons list` check theirs). */
async function checkRegion(code: string, usage: string): Promise<void> {
  const { regionCodeSchema } = await import('@shared/contract/common');
  if (!regionCodeSchema.safeParse(code).success) throw cliRefusal('cli.regionTwoDigits', {}, usage);
}

const text = (z: Z, option: string, max: number) =>
  z
    .string({ error: `${option} ska vara en text` })
    .trim()
    .min(1, { error: `${option} får inte vara tomt` })
    .max(max, { error: `${option} får vara högst ${max} tecken` });

const request: Command = {
  name: 'nominations request',
  summary: 'start a nomination request (nomineringsförfrågan) for a group or one of its seats',
  usage:
    'nominations request --group ID|NAME [--seat ID] --due YYYY-MM-DD [--role ROLE] [--share PERCENT] [--from DATE] [--to DATE] [--reference TEXT] [--json]',
  options: {
    group: { type: 'string' },
    seat: { type: 'string' },
    due: { type: 'string' },
    role: { type: 'string' },
    share: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    reference: { type: 'string' },
  },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z.strictObject({
          group: text(z, '--group', 200),
          seat: idOf(z, '--seat').optional(),
          due: dateOf(z, '--due'),
          role: roleSchema(z).optional(),
          share: shareSchema(z).optional(),
          from: dateOf(z, '--from').optional(),
          to: dateOf(z, '--to').optional(),
          reference: text(z, '--reference', 120).optional(),
        }),
      {
        group: v['group'],
        seat: v['seat'],
        due: v['due'],
        role: v['role'],
        share: v['share'],
        from: v['from'],
        to: v['to'],
        reference: v['reference'],
      },
      this.usage,
    );
    const detail = await withApp(ctx, async (app) => {
      const groupId = await resolveGroup(app, o.group);
      const group = await call(app, 'groups:get', { id: groupId });
      return call(app, 'nominations:create-request', {
        groupId,
        seatId: o.seat ?? null,
        requestedBy: group.group.level === 'NATIONAL' ? 'NATIONAL_GROUP' : 'OWN_REGION',
        requesterName: null,
        personsWanted: 1,
        competence: null,
        role: o.role ?? 'MEMBER',
        allocationBp: o.share ?? null,
        periodStart: o.from ?? null,
        periodEnd: o.to ?? null,
        dueDate: o.due,
        reference: o.reference ?? null,
        link: null,
        notes: null,
      });
    });
    ctx.out.print(detail.request, () => `Skapade nomineringsförfrågan:\n${requestLine(detail.request)}`);
  },
};

const propose: Command = {
  name: 'nominations propose',
  summary: 'propose a candidate: a person in the register (--person) or a new one (--name, --region)',
  usage: 'nominations propose REQUEST_ID (--person ID | --name NAME --region CODE [--email ADDRESS] [--profession TEXT]) [--json]',
  options: {
    person: { type: 'string' },
    name: { type: 'string' },
    region: { type: 'string' },
    email: { type: 'string' },
    profession: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z
          .strictObject({
            requestId: idOf(z, 'REQUEST_ID'),
            person: idOf(z, '--person').optional(),
            name: text(z, '--name', 200).optional(),
            region: z.string().optional(),
            email: z.email({ error: '--email ska vara en e-postadress' }).max(254, { error: '--email är för lång' }).optional(),
            profession: text(z, '--profession', 120).optional(),
          })
          .refine((x) => (x.person === undefined) !== (x.name === undefined), {
            error: 'ange antingen --person eller --name (en ny kandidat), inte båda',
          })
          .refine((x) => x.name === undefined || x.region !== undefined, { error: 'en ny kandidat behöver --region' })
          .refine((x) => x.person === undefined || [x.region, x.email, x.profession].every((f) => f === undefined), {
            error: '--region, --email och --profession hör till en ny kandidat (--name); en person i registret ändras med "persons edit"',
          }),
      {
        requestId: ctx.positionals[0],
        person: v['person'],
        name: v['name'],
        region: v['region'],
        email: v['email'],
        profession: v['profession'],
      },
      this.usage,
    );
    if (o.region !== undefined) await checkRegion(o.region, this.usage);
    const candidate = await withApp(ctx, async (app) => {
      const before = await call(app, 'nominations:get', { requestId: o.requestId });
      const known = new Set(before.candidates.map((c) => c.id));
      const newPerson =
        o.name === undefined
          ? null
          : {
              name: o.name,
              regionCode: o.region!,
              email: o.email ?? null,
              profession: o.profession ?? null,
              gender: null,
              organisationId: null,
            };
      const detail = await call(app, 'nominations:propose', {
        requestId: o.requestId,
        personId: o.person ?? null,
        newPerson,
        proposedOn: today(app),
        proposedBy: null,
        link: null,
        notes: null,
      });
      const added = detail.candidates.find((c) => !known.has(c.id));
      if (!added) throw new CliError('Kandidaten sparades men kunde inte läsas tillbaka; se "nominations list"');
      return added;
    });
    ctx.out.print(candidate, () => `Föreslog kandidaten:\n${candidateLine(candidate)}`);
  },
};

const advance: Command = {
  name: 'nominations advance',
  summary: "record a candidate's step: the manager's approval, the declaration (with its outcome) or the nomination",
  usage:
    'nominations advance CANDIDATE_ID --step manager-approved|declaration-received|nominated [--by NAME] [--on DATE] [--outcome no-conflict|handled|blocks] [--json]',
  options: { step: { type: 'string' }, by: { type: 'string' }, on: { type: 'string' }, outcome: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z
          .strictObject({
            id: idOf(z, 'CANDIDATE_ID'),
            step: z.enum(Object.keys(STEPS) as [keyof typeof STEPS], {
              error: '--step ska vara manager-approved, declaration-received eller nominated',
            }),
            by: text(z, '--by', 200).optional(),
            on: dateOf(z, '--on').optional(),
            outcome: z
              .enum(Object.keys(OUTCOMES) as [keyof typeof OUTCOMES], { error: '--outcome ska vara no-conflict, handled eller blocks' })
              .optional(),
          })
          .refine((x) => x.step !== 'declaration-received' || x.outcome !== undefined, {
            error: 'jävsdeklarationen behöver --outcome no-conflict, handled eller blocks',
          })
          .refine((x) => x.step === 'declaration-received' || x.outcome === undefined, {
            error: '--outcome hör bara till --step declaration-received',
          }),
      { id: ctx.positionals[0], step: v['step'], by: v['by'], on: v['on'], outcome: v['outcome'] },
      this.usage,
    );
    const candidate = await withApp(ctx, async (app) => {
      const { candidate: c } = await findCandidate(app, o.id);
      const detail = await call(app, 'nominations:advance', {
        id: c.id,
        version: c.version,
        step: STEPS[o.step],
        on: o.on ?? today(app),
        by: o.by ?? null,
        outcome: o.outcome === undefined ? null : OUTCOMES[o.outcome],
        reference: null,
      });
      return candidateIn(detail, c.id);
    });
    ctx.out.print(candidate, () => `Registrerade steget:\n${candidateLine(candidate)}`);
  },
};

const decideCommand: Command = {
  name: 'nominations decide',
  summary: 'record the decision: --chosen appoints the candidate into the seat or group, --not-chosen closes them',
  usage:
    'nominations decide CANDIDATE_ID (--chosen [--from DATE] [--to DATE] [--replace] | --not-chosen) --on DATE [--reference TEXT] [--json]',
  options: {
    chosen: { type: 'boolean' },
    'not-chosen': { type: 'boolean' },
    from: { type: 'string' },
    to: { type: 'string' },
    replace: { type: 'boolean' },
    on: { type: 'string' },
    reference: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const v = ctx.values;
    const o = await checked(
      (z) =>
        z
          .strictObject({
            id: idOf(z, 'CANDIDATE_ID'),
            chosen: z.boolean().optional(),
            notChosen: z.boolean().optional(),
            from: dateOf(z, '--from').optional(),
            to: dateOf(z, '--to').optional(),
            replace: z.boolean().optional(),
            on: dateOf(z, '--on'),
            reference: text(z, '--reference', 120).optional(),
          })
          .refine((x) => (x.chosen === true) !== (x.notChosen === true), { error: 'ange antingen --chosen eller --not-chosen' })
          .refine((x) => x.chosen === true || [x.from, x.to, x.replace].every((f) => f === undefined), {
            error: '--from, --to och --replace hör bara till --chosen',
          }),
      {
        id: ctx.positionals[0],
        chosen: v['chosen'],
        notChosen: v['not-chosen'],
        from: v['from'],
        to: v['to'],
        replace: v['replace'],
        on: v['on'],
        reference: v['reference'],
      },
      this.usage,
    );
    const result = await withApp(ctx, async (app) => {
      const { candidate: c } = await findCandidate(app, o.id);
      const decided = await withSeatAdvice(() =>
        call(app, 'nominations:decide', {
          id: c.id,
          version: c.version,
          chosen: o.chosen === true,
          on: o.on,
          decidedBy: null,
          decisionReference: o.reference ?? null,
          startDate: o.from ?? null,
          endDate: o.to ?? null,
          replaceHolder: o.replace === true,
        }),
      );
      return { ...candidateIn(decided.detail, c.id), assignment: decided.assignment, chairTermEnds: decided.chairTermEnds };
    });
    ctx.out.print(result, () =>
      [
        `Registrerade beslutet:\n${candidateLine(result)}`,
        ...(result.assignment ? [assignmentLine(result.assignment)] : []),
        ...(result.chairTermEnds ? [`Tre år som ordförande nås ${result.chairTermEnds}`] : []),
      ].join('\n'),
    );
  },
};

const list: Command = {
  name: 'nominations list',
  summary: 'nomination requests (--open: only open ones), by due date',
  usage: 'nominations list [--open] [--json]',
  options: { open: { type: 'boolean' } },
  async run(ctx) {
    const rows = await withApp(ctx, (app) => call(app, 'nominations:list', { open: ctx.values['open'] === true, groupId: null }));
    ctx.out.print(rows, () => [...rows.map(requestLine), `${rows.length} förfrågningar`].join('\n'));
  },
};

export const nominationCommands: Command[] = [request, propose, advance, decideCommand, list];
