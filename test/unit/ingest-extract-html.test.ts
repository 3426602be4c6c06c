// Extracting a report from HTML: its own text as headings, paragraphs and list items, without the page around it,
// and markup that is cut off or has no body refused.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../server/ingest/extract-html.ts';
import { IngestError } from '../../server/ingest/ingest-error.ts';

const blocks = (html: string) => {
  const extracted = extractHtml('page.html', html);
  return extracted.blocks.map((b) => `${b.kind}: ${extracted.text.slice(b.start, b.end)}`);
};

function refusal(html: string): string {
  try {
    extractHtml('page.html', html);
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe('page.html');
    return (error as IngestError).problem;
  }
  throw new Error('the HTML was accepted');
}

describe('extractHtml', () => {
  it('returns the text, its blocks by offset, the format and the title', () => {
    expect(extractHtml('page.html', '<title>\n  Greywater   Police\n</title><title>Second</title><h2>Greywater Police</h2><p>It is good.</p>')).toEqual({
      format: 'html',
      text: 'Greywater Police\n\nIt is good.',
      blocks: [
        { kind: 'heading', start: 0, end: 16 },
        { kind: 'paragraph', start: 18, end: 29 },
      ],
      title: 'Greywater Police',
    });
    expect(extractHtml('letter.docx', '<body><p>It is good.</p></body>', 'docx')).toEqual({
      format: 'docx',
      text: 'It is good.',
      blocks: [{ kind: 'paragraph', start: 0, end: 11 }],
      title: undefined,
    });
    expect(extractHtml('page.html', '<title>  </title><p>It is good.</p>').title).toBeUndefined();
  });

  it('takes every level of heading, list items, and the paragraphs and text between them', () => {
    expect(blocks('<body>Before<h1>One</h1><h6>Six</h6>Between<ol><li>First <em>item</em></li><li>Second<p>still the second</p>after</li></ol><hr>End<br>line</body>')).toEqual([
      'paragraph: Before',
      'heading: One',
      'heading: Six',
      'paragraph: Between',
      'item: First item',
      'item: Second',
      'item: still the second',
      'item: after',
      'paragraph: End',
      'paragraph: line',
    ]);
  });

  it('joins inline elements into their block and splits blocks at every block element', () => {
    expect(blocks('<div>The force <a href="#">is <b>good</b></a> at <span>preventing</span> crime.<table><tr><td>Cell one</td><th>Cell two</th></tr></table></div><dl><dt>Term</dt><dd>Definition</dd></dl><section><blockquote>Quoted</blockquote><figure>Fig<figcaption>Caption</figcaption></figure><pre>Code</pre><address>Street</address></section>')).toEqual([
      'paragraph: The force is good at preventing crime.',
      'paragraph: Cell one',
      'paragraph: Cell two',
      'paragraph: Term',
      'paragraph: Definition',
      'paragraph: Quoted',
      'paragraph: Fig',
      'paragraph: Caption',
      'paragraph: Code',
      'paragraph: Street',
    ]);
  });

  it("reads only the page's main content, or its article, where it marks one", () => {
    const page = (content: string) => `<body><p>Cookie notice for the site.</p>${content}<p>Related reports.</p></body>`;
    expect(blocks(page('<main><p>The force is good.</p></main><main><p>A second main.</p></main>'))).toEqual(['paragraph: The force is good.']);
    expect(blocks(page('<article><p>The force is good.</p></article><article><p>A second article.</p></article>'))).toEqual(['paragraph: The force is good.']);
    expect(blocks(page('<article><p>The article.</p></article><main><p>The main.</p></main>'))).toEqual(['paragraph: The main.']);
  });

  it('drops navigation, scripts, comments and page furniture', () => {
    const html = `<body><script>var a = 1;</script><style>p {}</style><nav>Home</nav><header>Site</header><aside>Related</aside>
      <div role="navigation">Menu</div><div role="banner">Banner</div><div aria-hidden="true">Hidden</div><div class="breadcrumb">Crumbs</div>
      <div class="cookie-banner">Cookies</div><a class="skip-link" href="#main">Skip</a><form><p>Search</p></form><button>Go</button>
      <!-- a comment --><p>The force is good.</p><footer>Copyright</footer><div role="contentinfo">Contact</div></body>`;
    expect(blocks(html)).toEqual(['paragraph: The force is good.']);
  });

  it('refuses markup cut off in a tag, a comment or an attribute', () => {
    expect(refusal('<html><body><p>The force is good.</p><p class="x')).toBe('broken HTML: the markup is cut off (eof-in-tag)');
    expect(refusal('<p>The force is good.</p><!-- a comment that never ends')).toBe('broken HTML: the markup is cut off (eof-in-comment)');
    // The ordinary slips of real pages are not refused.
    expect(blocks('<p>The force is good.</p></span><p>Unclosed <b>bold')).toEqual(['paragraph: The force is good.', 'paragraph: Unclosed bold']);
  });

  it('refuses markup with no body and no text, and accepts an empty body or block', () => {
    expect(refusal('<img src="chart.png">')).toBe('broken HTML: no document body or text could be found in the markup');
    expect(refusal('<!-- only a comment -->')).toBe('broken HTML: no document body or text could be found in the markup');
    for (const empty of ['<body></body>', '<BODY></BODY>', '<p></p>', '<div></div>', '<main></main>', '<article></article>', '']) {
      expect(extractHtml('page.html', empty).blocks).toEqual([]);
    }
    expect(extractHtml('page.html', 'Just text, no markup.').text).toBe('Just text, no markup.');
    expect(blocks('<h2>Findings</h2><ul><li>Improve vetting.</li></ul>')).toEqual(['heading: Findings', 'item: Improve vetting.']);
  });
});
