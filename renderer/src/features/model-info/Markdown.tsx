import type { ReactNode } from 'react';
import type { Block, Inline } from './markdown';
import { parseInline } from './markdown';

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'link': {
        // Only in-page anchors and https links; anything else is shown as text.
        const safe = node.href.startsWith('#') || node.href.startsWith('https://');
        return safe ? (
          <a
            key={i}
            href={node.href}
            {...(node.href.startsWith('https://') ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
          >
            {renderInline(node.children)}
          </a>
        ) : (
          <span key={i}>{renderInline(node.children)}</span>
        );
      }
    }
  });
}

export function InlineText({ text }: { readonly text: string }) {
  return <>{renderInline(parseInline(text))}</>;
}

/** Renders parsed Markdown; `regions` supplies live content for `<!-- name:start -->` regions. */
export function Markdown({
  blocks,
  regions,
  headingOffset = 0,
}: {
  readonly blocks: readonly Block[];
  readonly regions: Readonly<Record<string, ReactNode>>;
  readonly headingOffset?: number;
}) {
  return (
    <>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            const level = Math.min(6, block.level + headingOffset);
            const Tag = `h${level}` as 'h2';
            return (
              <Tag key={i} id={block.id}>
                <InlineText text={block.text} />
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={i}>
                <InlineText text={block.text} />
              </p>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <InlineText text={item} />
                  </li>
                ))}
              </Tag>
            );
          }
          case 'code':
            return (
              <pre key={i} className="equations" tabIndex={0}>
                <code>{block.text}</code>
              </pre>
            );
          case 'table':
            return (
              <div key={i} className="table-scroll" tabIndex={0}>
                <table className="data-table">
                  <thead>
                    <tr>
                      {block.head.map((cell, j) => (
                        <th key={j} scope="col">
                          <InlineText text={cell} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {row.map((cell, j) => (
                          <td key={j}>
                            <InlineText text={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'region':
            return <div key={i}>{regions[block.name] ?? null}</div>;
        }
      })}
    </>
  );
}
