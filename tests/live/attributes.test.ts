import { expect, fixture, html } from '@open-wc/testing';
import '../support/setup.js';
import { recordEvents } from '../support/helpers.js';
import type { CoproductionProject } from '../../packages/coproduction-project/src/index.js';
import '../../packages/coproduction-project/src/define.js';

/** A token of the right form (its signature is not checked on the device). */
function token(room: string, role = 'facilitator', hours = 1): string {
  const payload = btoa(JSON.stringify({ room, role, exp: Math.floor(Date.now() / 1000) + hours * 3600 }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `v1.${payload}.c2lnbmF0dXJl`;
}

const problemOf = (project: CoproductionProject) =>
  project.shadowRoot!.querySelector('[part="problem"]')?.textContent?.trim() ?? null;

describe('<coproduction-project>: the live session’s attributes', () => {
  for (const [what, attributes, message] of [
    [
      'a server address that is not a WebSocket one',
      { server: 'https://example.org', room: 'r', token: token('r') },
      'must start with wss://',
    ],
    [
      'a room with spaces',
      { server: 'wss://example.org', room: 'my room', token: token('r') },
      'The room of the live session must be 1 to 64',
    ],
    [
      'a token that is not one',
      { server: 'wss://example.org', room: 'r', token: 'let-me-in' },
      'This link to the live session is not complete',
    ],
    ['no token at all', { server: 'wss://example.org', room: 'r' }, 'This link to the live session is not complete'],
  ] as const) {
    it(`${what}: a plain message, a coproduction-project-error event, and no session`, async () => {
      const wrapper = document.createElement('div');
      const events = recordEvents(wrapper, 'coproduction-project-error');
      const project = document.createElement('coproduction-project');
      Object.assign(project, attributes);
      wrapper.append(project);
      document.body.append(wrapper);
      try {
        await project.updateComplete;
        expect(problemOf(project)).to.include(message);
        expect(project.shadowRoot!.querySelector('[part="problem"]')!.getAttribute('role')).to.equal('alert');
        expect(events).to.have.length(1);
        const event = events[0]!;
        expect(event.detail.code).to.equal('invalid-attribute');
        expect(event.detail.message).to.include(message);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(project.session).to.equal(null);
        await expect(project).to.be.accessible();
      } finally {
        wrapper.remove();
      }
    });
  }

  it('a problem put right: the message goes and the session starts', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project server="ftp://example.org" room="r" token=${token('r')}></coproduction-project>`,
    );
    expect(problemOf(project)).to.not.equal(null);
    project.server = 'ws://127.0.0.1:9';
    await project.updateComplete;
    expect(problemOf(project)).to.equal(null);
    expect(project.session?.role).to.equal('facilitator');
  });

  it('the room comes from the token when `room` is not set', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project server="ws://127.0.0.1:9" token=${token('from-token', 'participant')}></coproduction-project>`,
    );
    expect(project.session?.role).to.equal('participant');
    expect((project.session as unknown as { settings: { room: string } }).settings.room).to.equal('from-token');
  });

  it('speaks Welsh and Easy Read', async () => {
    const project = await fixture<CoproductionProject>(
      html`<coproduction-project locale="cy" server="ws://127.0.0.1:9" room="r" token=${token('r', 'participant', -1)}></coproduction-project>`,
    );
    await project.updateComplete;
    const status = () => project.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
    expect(status()).to.equal(
      'Dydy’r ddolen hon ddim yn gweithio mwyach. Gofynnwch i’r person sy’n arwain am un newydd.',
    );
    project.locale = 'en';
    project.easyRead = true;
    await project.updateComplete;
    expect(status()).to.equal('This link does not work now. Ask the person who leads the group for a new link.');
  });
});
