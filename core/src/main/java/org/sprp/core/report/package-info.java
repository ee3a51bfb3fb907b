/**
 * Reports of a programme as text, built from a {@link org.sprp.core.plan.Plan}: a plain outline
 * for the console ({@link org.sprp.core.report.OutlineReport}), Markdown ({@link
 * org.sprp.core.report.MarkdownReport}) and a Mermaid {@code gantt} chart ({@link
 * org.sprp.core.report.MermaidGantt}).
 */
@ValueStyle
package org.sprp.core.report;

import org.sprp.core.internal.ValueStyle;
