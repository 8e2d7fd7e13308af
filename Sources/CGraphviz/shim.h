#ifndef NBRUN_CGRAPHVIZ_SHIM_H
#define NBRUN_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/color.h>

/// Graphviz exports `colorxlate` from libgvc but declares it only in a private header.
int colorxlate(char *str, gvcolor_t *color, color_type_t target_type);

/// The descriptor of a directed, non-strict graph (wraps the mutable global `Agdirected`,
/// which Swift 6 cannot read safely).
static inline Agdesc_t nbrun_graphviz_directed(void) { return Agdirected; }

#endif
