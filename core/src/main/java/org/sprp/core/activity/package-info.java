/**
 * What the programme does: pilot sites, missions (field visits), provinces' requests for knowledge
 * sharing and the knowledge-sharing activities that answer them.
 */
@ValueStyle
package org.sprp.core.activity;

import org.sprp.core.internal.ValueStyle;
