/**
 * The programme as a whole: {@link org.sprp.core.Programme}, the aggregate that checks every
 * reference; the typed ids of its entities; components, themes and topics; statuses and names.
 */
@ValueStyle
package org.sprp.core;

import org.sprp.core.internal.ValueStyle;
