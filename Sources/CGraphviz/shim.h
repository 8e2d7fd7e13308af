#ifndef NBRUN_CGRAPHVIZ_SHIM_H
#define NBRUN_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/color.h>
#include <stdlib.h>
#include <string.h>

/// Graphviz exports `colorxlate` from libgvc but declares it only in a private header.
int colorxlate(char *str, gvcolor_t *color, color_type_t target_type);

/*
 * Deterministic object ids. cgraph's default id discipline uses the address of the interned name
 * as the id, and keeps subgraphs ordered by id: cluster order (and so the layout) then depends on
 * malloc. This discipline numbers names in creation order instead.
 */
typedef struct {
    char **names;
    unsigned long count;
    unsigned long capacity;
    IDTYPE anonymous;
} nbrun_id_state;

static void *nbrun_id_open(Agraph_t *graph, Agdisc_t *discipline) {
    (void)graph;
    (void)discipline;
    return calloc(1, sizeof(nbrun_id_state));
}

static long nbrun_id_map(void *opaque, int objtype, char *name, IDTYPE *id, int create) {
    nbrun_id_state *state = (nbrun_id_state *)opaque;
    (void)objtype;
    if (state == NULL) return 0;
    if (name == NULL) {
        state->anonymous += 2;
        *id = state->anonymous + 1; /* odd ids are anonymous */
        return 1;
    }
    for (unsigned long index = 0; index < state->count; index++) {
        if (strcmp(state->names[index], name) == 0) {
            *id = (IDTYPE)(2 * (index + 1));
            return 1;
        }
    }
    if (!create) return 0;
    if (state->count == state->capacity) {
        unsigned long capacity = state->capacity == 0 ? 64 : state->capacity * 2;
        char **names = (char **)realloc(state->names, capacity * sizeof(char *));
        if (names == NULL) return 0;
        state->names = names;
        state->capacity = capacity;
    }
    char *copy = strdup(name);
    if (copy == NULL) return 0;
    state->names[state->count] = copy;
    state->count += 1;
    *id = (IDTYPE)(2 * state->count);
    return 1;
}

static long nbrun_id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return 0;
}

static void nbrun_id_free(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
}

static char *nbrun_id_print(void *opaque, int objtype, IDTYPE id) {
    nbrun_id_state *state = (nbrun_id_state *)opaque;
    (void)objtype;
    if (state == NULL || id == 0 || id % 2 != 0) return NULL;
    unsigned long index = (unsigned long)(id / 2) - 1;
    return index < state->count ? state->names[index] : NULL;
}

static void nbrun_id_close(void *opaque) {
    nbrun_id_state *state = (nbrun_id_state *)opaque;
    if (state == NULL) return;
    for (unsigned long index = 0; index < state->count; index++) free(state->names[index]);
    free(state->names);
    free(state);
}

static void nbrun_id_register(void *state, int objtype, void *object) {
    (void)state;
    (void)objtype;
    (void)object;
}

static Agiddisc_t nbrun_id_discipline = {
    nbrun_id_open, nbrun_id_map, nbrun_id_alloc, nbrun_id_free, nbrun_id_print, nbrun_id_close, nbrun_id_register,
};

/// Opens a directed, non-strict graph whose object ids follow creation order (see above); reading
/// the globals here keeps Swift 6 away from C's mutable `Agdirected`.
static inline Agraph_t *nbrun_graphviz_open(char *name) {
    static Agdisc_t discipline;
    discipline.mem = &AgMemDisc;
    discipline.id = &nbrun_id_discipline;
    discipline.io = &AgIoDisc;
    return agopen(name, Agdirected, &discipline);
}

#endif
