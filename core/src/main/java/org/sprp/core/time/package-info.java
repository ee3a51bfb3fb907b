/**
 * Dates as precise as they are known: {@link org.sprp.core.time.Timing}, the EDTF level 0 and 1
 * forms (a day, month, season or year, uncertain or approximate, with unspecified digits, or an
 * interval of them).
 */
package org.sprp.core.time;
