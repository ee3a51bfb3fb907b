/**
 * Where things happen: countries, province-level divisions and prefecture-level cities, with their
 * names in English and Chinese and their standard codes.
 */
@ValueStyle
package org.sprp.core.place;

import org.sprp.core.internal.ValueStyle;
