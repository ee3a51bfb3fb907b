/**
 * Planning on a programme: queries over its timeline ({@link org.sprp.core.plan.Plan}), coverage
 * of knowledge requests ({@link org.sprp.core.plan.Coverage}), consistency findings ({@link
 * org.sprp.core.plan.Consistency}), edits that return a new checked programme ({@link
 * org.sprp.core.plan.Edits}) and the difference between two versions ({@link
 * org.sprp.core.plan.ProgrammeDiff}). Nothing here reads the clock: a date is always passed in.
 */
@ValueStyle
package org.sprp.core.plan;

import org.sprp.core.internal.ValueStyle;
