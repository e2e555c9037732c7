import { expect } from '@open-wc/testing';
import { detectProvider } from '../../../src/elements/mailing-list-form/providers/index.js';
import {
  jsonpUrl,
  postUrl,
  readMailchimp,
} from '../../../src/elements/mailing-list-form/providers/mailchimp.js';

describe('mailing-list-form providers (pure parts)', () => {
  it('detects the provider from a pasted form action', () => {
    const table: [string, string][] = [
      ['https://club.us1.list-manage.com/subscribe/post?u=1&id=2', 'mailchimp'],
      ['http://localhost:8000/stand-in/mailchimp/k/subscribe/post-json?u=1&id=2', 'mailchimp'],
      ['https://app.kit.com/forms/123/subscriptions', 'kit'],
      ['https://app.convertkit.com/forms/123/subscriptions', 'kit'],
      ['https://formspree.io/f/abcd', 'formspree'],
      ['https://assets.mailerlite.com/jsonp/1/forms/2/subscribe', 'mailerlite'],
      ['https://buttondown.com/api/emails/embed-subscribe/club', 'form-post'],
      ['https://abc.sibforms.com/serve/xyz', 'form-post'],
      ['https://docs.google.com/forms/d/e/x/formResponse', 'form-post'],
      ['https://notkit.com.evil.example/forms/1/subscriptions', 'form-post'],
    ];
    for (const [url, name] of table) expect(detectProvider(url), url).to.equal(name);
  });

  it('builds https post-json URLs with c= from every Mailchimp action form', () => {
    const actions = [
      'https://club.us1.list-manage.com/subscribe/post?u=U&id=L&f_id=F',
      'http://club.us1.list-manage.com/subscribe/post?u=U&amp;id=L&amp;f_id=F',
      'https://club.us1.list-manage.com/subscribe/post-json?u=U&id=L&f_id=F&c=?',
    ];
    for (const action of actions) {
      const url = new URL(jsonpUrl(action, [['EMAIL', 'a+b@example.com']], 'cb1'));
      expect(url.protocol, action).to.equal('https:');
      expect(url.pathname).to.equal('/subscribe/post-json');
      expect(url.searchParams.get('u')).to.equal('U');
      expect(url.searchParams.get('id')).to.equal('L');
      expect(url.searchParams.get('f_id')).to.equal('F');
      expect(url.searchParams.getAll('c')).to.deep.equal(['cb1']);
      expect(url.searchParams.has('callback')).to.equal(false);
      expect(url.searchParams.get('EMAIL')).to.equal('a+b@example.com');
    }
    expect(postUrl('https://club.us1.list-manage.com/subscribe/post-json?u=U&id=L')).to.equal(
      'https://club.us1.list-manage.com/subscribe/post?u=U&id=L',
    );
  });

  it('reads Mailchimp answers into outcomes, never as HTML', () => {
    expect(readMailchimp({ result: 'success', msg: 'Thank you for subscribing!' }).state).to.equal(
      'subscribed',
    );
    expect(readMailchimp({ result: 'success', msg: 'Almost finished... We need to confirm' }).state).to.equal(
      'pending',
    );
    expect(readMailchimp({ result: 'error', msg: '0 - Please enter a value' })).to.deep.equal({
      state: 'invalid',
      field: 'EMAIL',
      message: 'Please enter a value',
    });
    expect(readMailchimp({ result: 'error', msg: '2 - Please enter a value' }).field).to.equal('LNAME');
    expect(readMailchimp({ result: 'error', msg: 'captcha' })).to.deep.equal({
      state: 'opened',
      why: 'captcha',
    });
    expect(
      readMailchimp({ result: 'error', msg: 'Recipient "x" has too many recent signup requests' }).state,
    ).to.equal('rate-limited');
    const already = readMailchimp({
      result: 'error',
      msg: 'x is already subscribed. <a href="https://club.us1.list-manage.com/subscribe/send-email?e=1&amp;u=2">Update</a>',
    });
    expect(already).to.deep.equal({
      state: 'already',
      link: 'https://club.us1.list-manage.com/subscribe/send-email?e=1&u=2',
    });
    for (const href of [
      'javascript:alert(1)',
      'http://club.us1.list-manage.com/x',
      'https://list-manage.com.evil.example/',
    ]) {
      const outcome = readMailchimp({
        result: 'error',
        msg: `x is already subscribed <a href="${href}">x</a>`,
      });
      expect(outcome.link, href).to.equal(undefined);
    }
    expect(readMailchimp(undefined).state).to.equal('failed');
    expect(readMailchimp({ result: 'error', msg: 42 }).state).to.equal('failed');
  });
});
