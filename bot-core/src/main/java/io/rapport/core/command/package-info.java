/** The command grammar shared by every surface: tokenizing, parsing, usage and suggestions. */
package io.rapport.core.command;
