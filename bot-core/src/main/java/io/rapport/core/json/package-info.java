/** The JSON form of core records, shared by storage and export. */
package io.rapport.core.json;
