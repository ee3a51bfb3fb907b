/**
 * What the model's packages share and users do not need: the project's Immutables style and the
 * checks values run when they are built. Not exported by the module.
 */
package org.sprp.core.internal;
