import { describe, expect, it } from 'vitest';
import { html, trusted } from './html';

describe('html', () => {
  it('escapes every interpolated value unless it is markup built by html or trusted', () => {
    const name = `<script>alert('x')</script> & "quotes"`;
    const out = html`<p title="${name}">${name} ${html`<b>${name}</b>`} ${trusted('<br>')}</p>`.markup;
    expect(out).toBe(
      '<p title="&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#34;quotes&#34;">&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#34;quotes&#34; <b>&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62; &#38; &#34;quotes&#34;</b> <br></p>',
    );
  });

  it('joins lists and leaves out null, undefined and false', () => {
    expect(html`<ul>${['a<', html`<li>b</li>`]}${null}${undefined}${false}${0}</ul>`.markup).toBe(
      '<ul>a&#60;<li>b</li>0</ul>',
    );
  });
});
