/**
 * Who acts in the programme and how it is governed: organisations, the meetings of governance
 * bodies and the decisions they take.
 */
@ValueStyle
package org.sprp.core.actor;

import org.sprp.core.internal.ValueStyle;
