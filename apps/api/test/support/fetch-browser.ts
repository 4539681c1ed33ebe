/**
 * Just enough of a browser for a redirect-based sign-in (OIDC) without one: fetch with a
 * cookie jar per host and port, redirects followed by hand, and HTML forms submitted with
 * their hidden fields. Cookie paths and expiry dates are ignored (a removed cookie is removed).
 */
export interface Page {
  url: string;
  status: number;
  body: string;
  /** Every URL visited on the way, redirects included. */
  trail: string[];
}

export class FetchBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  /** `stopBefore`: a redirect to a matching URL is not followed (the page's url is where it pointed). */
  constructor(private readonly stopBefore?: (url: string) => boolean) {}

  async get(url: string): Promise<Page> {
    return this.follow(url, { method: 'GET' });
  }

  /** Submits the page's first form, with its hidden inputs and `fields`. */
  async submitForm(page: Page, fields: Record<string, string> = {}): Promise<Page> {
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(page.body);
    if (!form) throw new Error(`no form on ${page.url}: ${page.body.slice(0, 300)}`);
    const values = new URLSearchParams();
    for (const input of form[2].matchAll(/<input[^>]*type="hidden"[^>]*>/gi)) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      if (name) values.set(name, decodeEntities(value));
    }
    for (const [name, value] of Object.entries(fields)) values.set(name, value);
    const action = new URL(decodeEntities(form[1]), page.url).href;
    return this.follow(action, { method: 'POST', body: values.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }, page.trail);
  }

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    this.jar.set(host, (this.jar.get(host) ?? new Map<string, string>()).set(name, value));
  }

  cookieHeader(url: string): string {
    return [...(this.jar.get(new URL(url).host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private async follow(url: string, init: RequestInit, trail: string[] = []): Promise<Page> {
    let current = url;
    let request = init;
    for (let hops = 0; hops < 20; hops++) {
      trail.push(current);
      const headers = new Headers(request.headers);
      const cookies = this.cookieHeader(current);
      if (cookies) headers.set('cookie', cookies);
      const res = await fetch(current, { ...request, headers, redirect: 'manual' });
      this.store(current, res.headers.getSetCookie());
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).href;
        request = { method: 'GET' };
        if (this.stopBefore?.(current)) return { url: current, status: res.status, body: '', trail: [...trail, current] };
        continue;
      }
      return { url: current, status: res.status, body: await res.text(), trail };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  private store(url: string, setCookies: string[]): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.jar.set(host, cookies);
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x2F;/g, '/').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
