/** The rulebook: every timing and weight a team can tune, loaded and validated at start-up. */
package io.rapport.core.rulebook;
