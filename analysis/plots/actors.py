"""Figures of actor tables: mention counts and the co-occurrence network.

Labels and keys use the actor types' display names (`data/actor_types.csv`); the network is
laid out and measured with networkx, and its labels are placed so that none overlaps another
label or a node (a label with no free place is left out, never drawn on top).
"""

import itertools
import textwrap
from collections.abc import Iterable

import matplotlib as mpl
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from analysis.plots.style import PALETTE, SMALL, STYLE_PATH, WIDTH, display_name
from analysis.rules import actor_type_palette, actor_types

ACTOR_TYPE_ORDER: tuple[str, ...] = actor_types()
# Colour per actor type from `data/actor_types.csv`: an Okabe-Ito index for the eight main
# types, a hex colour for the generic categories; a type with neither is grey.
_ACTOR_TYPE_PALETTE = actor_type_palette()
_LABEL_WIDTH = 34  # characters per line of an actor's name
LAYOUT_SEED = 11  # the spring layout is random; a fixed seed makes the figure byte-stable


def _actor_type_color(actor_type: str) -> str:
    """One colour per actor type, the same in every figure."""
    colour = _ACTOR_TYPE_PALETTE.get(actor_type)
    if colour is None:
        return "#999999"
    return colour if isinstance(colour, str) else PALETTE[colour]


def _type_handles(types: Iterable[str], **style: object) -> list[mpl.artist.Artist]:
    """Key entries for the actor types present, in display order, under their display names."""
    present = set(types)
    ordered = [t for t in ACTOR_TYPE_ORDER if t in present] + sorted(
        present - set(ACTOR_TYPE_ORDER)
    )
    if style:
        return [mpl.lines.Line2D([], [], color=_actor_type_color(t), label=display_name(
                "actor_type", t), **style) for t in ordered]  # fmt: skip
    return [mpl.patches.Patch(color=_actor_type_color(t), label=display_name("actor_type", t))
            for t in ordered]  # fmt: skip


def plot_actor_mentions(counts: pd.DataFrame, *, top: int = 15) -> Figure:
    """Horizontal bars of the `top` most mentioned actors, coloured by actor type.

    `counts` has columns `actor`, `actor_type` and `mentions` (`actor_mention_counts`). The
    title says "top 15 of N" when the table has more actors than are drawn.
    """
    shown = counts.sort_values(["mentions", "actor"], ascending=[False, True]).head(top)
    names = [textwrap.fill(str(a), _LABEL_WIDTH, break_on_hyphens=False) for a in shown["actor"]]
    lines = max([1, *(name.count("\n") + 1 for name in names)])
    height = 1.2 + len(names) * (0.3 + 0.14 * (lines - 1))  # rows evenly spaced
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH, max(height, 1.8)))
        colors = [_actor_type_color(t) for t in shown["actor_type"]]
        ax.barh(range(len(shown)), shown["mentions"], color=colors)
        ax.set_yticks(range(len(shown)), names)
        ax.tick_params(axis="y", labelsize=SMALL + 0.5)
        ax.set_ylim(len(shown) - 0.5, -0.5)
        for y, value in enumerate(shown["mentions"]):
            ax.text(value, y, f" {value}", va="center", fontsize=SMALL + 0.5)
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(5, integer=True, steps=[1, 2, 5, 10]))
        ax.set_xlim(0, max([1, *shown["mentions"]]) * 1.15)
        handles = _type_handles(shown["actor_type"])
        ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2,
                  fontsize=SMALL, handlelength=1.2, borderaxespad=0.2, borderpad=0)  # fmt: skip
        ax.set_xlabel("mentions")
        cut = (
            f"top {len(shown)} of {len(counts)}"
            if len(counts) > len(shown)
            else f"all {len(shown)}"
        )
        ax.set_title(f"Mentions per actor: {cut} actors", pad=6 + 12 * -(-len(handles) // 2))
    return fig


def actor_graph(edges: pd.DataFrame, counts: pd.DataFrame, *, top: int = 20,
                min_weight: int = 1) -> nx.Graph:  # fmt: skip
    """The co-occurrence graph of the `top` most mentioned actors that share a sentence.

    Nodes carry `mentions` and `actor_type`; edges `weight` (sentences shared, at least
    `min_weight`). Nodes are added in a fixed order, so the layout is the same every run.
    Actors left without an edge among the top ones are dropped: they would float apart.
    """
    strong = edges[edges["weight"] >= min_weight]
    linked = set(strong["actor_a"]) | set(strong["actor_b"])
    nodes = counts[counts["actor"].isin(linked)].sort_values(
        ["mentions", "actor"], ascending=[False, True]).head(top)  # fmt: skip
    kept = set(nodes["actor"])
    graph = nx.Graph()
    for row in nodes.sort_values("actor").itertuples():
        graph.add_node(row.actor, mentions=int(row.mentions), actor_type=row.actor_type)
    for row in strong.sort_values(["actor_a", "actor_b"]).itertuples():
        if row.actor_a in kept and row.actor_b in kept:
            graph.add_edge(row.actor_a, row.actor_b, weight=int(row.weight))
    graph.remove_nodes_from([n for n, degree in list(graph.degree) if degree == 0])
    return graph


def plot_actor_network(
    edges: pd.DataFrame, counts: pd.DataFrame, *, top: int = 20, min_weight: int = 1
) -> Figure:
    """Co-occurrence network: node area = mentions, line width = sentences shared.

    `edges` has `actor_a`, `actor_b`, `weight` (`actor_cooccurrence`); `counts` has
    `actor`, `actor_type`, `mentions`. Draws `actor_graph(...)` with networkx's spring
    layout (fixed seed), stretched to fill the panel. Names are placed next to their node,
    most connected actors first (weighted degree); a name that would overlap another name
    or a node is left out. Keys below the graph explain colour, node size and line width.
    """
    graph = actor_graph(edges, counts, top=top, min_weight=min_weight)
    with plt.style.context(STYLE_PATH):
        fig, ax = plt.subplots(figsize=(WIDTH * 1.15, WIDTH * 1.05))
        ax.axis("off")
        ax.set_title("Actors mentioned in the same sentence")
        if graph.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "no two actors share a sentence", ha="center", va="center",
                    transform=ax.transAxes, color="#444444")  # fmt: skip
            return fig
        position = component_layout(graph)
        mentions = nx.get_node_attributes(graph, "mentions")
        biggest, widest = max(mentions.values()), max(w for *_, w in graph.edges(data="weight"))
        sizes = {n: _node_area(m, biggest) for n, m in mentions.items()}
        for a, b, weight in graph.edges(data="weight"):
            (x1, y1), (x2, y2) = position[a], position[b]
            ax.plot([x1, x2], [y1, y2], color="#888888", alpha=0.55, zorder=1,
                    linewidth=_edge_width(weight, widest), solid_capstyle="round")  # fmt: skip
        for node in graph.nodes:
            ax.scatter(*position[node], s=sizes[node], zorder=2, edgecolor="white",
                       color=_actor_type_color(graph.nodes[node]["actor_type"]))  # fmt: skip
        _fit_limits(ax, position)
        named = _place_labels(fig, ax, graph, position, sizes)
        key = _network_keys(ax, graph, biggest, widest)
        if named < len(graph):
            ax.annotate(f"{named} of {len(graph)} actors named; no free space for the others",
                        xy=(0, 0), xycoords=("axes fraction", key), xytext=(0, -6),
                        textcoords="offset points", ha="left", va="top", fontsize=SMALL,
                        color="#444444", annotation_clip=False)  # fmt: skip
    return fig


def component_layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Spring layout (fixed seed) of each connected component, packed side by side.

    One spring layout of a graph in pieces pushes the pieces to the corners and leaves the
    middle empty; here each piece is laid out alone, scaled by its size, and the pieces are
    set in rows, largest first, so the drawing has no large empty area.
    """
    pieces = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(c)))
    largest = len(pieces[0]) if pieces else 1
    row_width = 2.0 + 2.0 * (largest / len(graph)) ** 0.5 if pieces else 2.0
    position: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for nodes in pieces:
        # A subgraph view iterates a set (hash order, varying between runs): build a sorted copy.
        sub = nx.Graph()
        sub.add_nodes_from(sorted(nodes))
        sub.add_weighted_edges_from(sorted((*sorted((a, b)), w) for a, b, w in
                                           graph.edges(nodes, data="weight")))  # fmt: skip
        side = 2.0 * (len(nodes) / largest) ** 0.5 if len(nodes) > 1 else 0.3  # a square's side
        layout = _spread(nx.spring_layout(sub, seed=LAYOUT_SEED, k=1.6 / len(nodes) ** 0.5,
                                          iterations=300))  # fmt: skip
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - 0.3, 0.0
        for node, (px, py) in layout.items():
            position[node] = (px * side + x, py * side + y - side)
        x, row_height = x + side + 0.3, max(row_height, side)
    return position


def _spread(layout: dict[str, object]) -> dict[str, tuple[float, float]]:
    """Stretch a layout to the unit square and even out its density, keeping every order.

    A spring layout of a hub with a few far leaves packs the hub's neighbours into a knot
    where no name fits. Each coordinate becomes the mean of its min-max scaled value and
    its rank: nodes keep their left-right and up-down order, but a knot is loosened.
    """
    nodes = list(layout)
    if len(nodes) == 1:
        return {nodes[0]: (0.5, 0.5)}
    spread: dict[str, list[float]] = {node: [] for node in nodes}
    for axis in (0, 1):
        values = [float(layout[n][axis]) for n in nodes]
        low, high = min(values), max(values)
        ranks = {
            n: r for r, n in enumerate(sorted(nodes, key=lambda n: (float(layout[n][axis]), n)))
        }
        for node, value in zip(nodes, values, strict=True):
            scaled = (value - low) / (high - low) if high > low else 0.5
            spread[node].append(0.5 * scaled + 0.5 * ranks[node] / (len(nodes) - 1))
    return {node: (xy[0], xy[1]) for node, xy in spread.items()}


def _node_area(mentions: int, biggest: int) -> float:
    """Marker area in points² (area, not radius, grows with mentions)."""
    return 30 + 420 * mentions / biggest


def _edge_width(weight: int, widest: int) -> float:
    return 0.6 + 3.4 * weight / widest


def _fit_limits(ax: plt.Axes, position: dict[str, object]) -> None:
    """Axis limits hugging the nodes (no empty band), with a margin for nodes and names."""
    xs, ys = [p[0] for p in position.values()], [p[1] for p in position.values()]
    dx, dy = max(max(xs) - min(xs), 0.2), max(max(ys) - min(ys), 0.2)
    ax.set_xlim(min(xs) - 0.15 * dx, max(xs) + 0.15 * dx)
    ax.set_ylim(min(ys) - 0.1 * dy, max(ys) + 0.1 * dy)


# Where a name may go relative to its node: (dx, dy) in units of the node's radius + gap,
# with the text alignment that keeps it clear of the node. Right and left first: they read best.
_SPOTS = (
    (1, 0, "left", "center"), (-1, 0, "right", "center"), (0, 1, "center", "bottom"),
    (0, -1, "center", "top"), (0.75, 0.75, "left", "bottom"), (-0.75, 0.75, "right", "bottom"),
    (0.75, -0.75, "left", "top"), (-0.75, -0.75, "right", "top"),
)  # fmt: skip


def _place_labels(fig: Figure, ax: plt.Axes, graph: nx.Graph, position: dict[str, object],
                  sizes: dict[str, float]) -> int:  # fmt: skip
    """Name the nodes, most connected first, each in the first spot that overlaps nothing.

    Returns how many were named.
    """
    renderer = fig.canvas.get_renderer()
    scale = fig.dpi / 72  # points -> pixels
    centre = {n: ax.transData.transform(position[n]) for n in graph.nodes}
    radius = {n: (sizes[n] ** 0.5) / 2 * scale for n in graph.nodes}
    taken = [Bbox.from_extents(*(centre[n] - radius[n]), *(centre[n] + radius[n]))
             for n in graph.nodes]  # fmt: skip
    # Names may use the figure's side margins, but not the title's or the keys' rows.
    frame = Bbox.from_extents(fig.bbox.x0, ax.bbox.y0, fig.bbox.x1, ax.bbox.y1)
    strength = dict(graph.degree(weight="weight"))
    order = sorted(graph.nodes, key=lambda n: (-strength[n], -graph.nodes[n]["mentions"], n))
    named = 0
    for node in order:
        name = textwrap.fill(node, 22, break_on_hyphens=False)
        for reach, (dx, dy, ha, va) in itertools.product((1, 2.2), _SPOTS):
            gap = reach * radius[node] + 2 * scale
            offset = (dx * gap / scale, dy * gap / scale)  # points
            # A name set further out gets a thin leader line to its node.
            leader = {"arrowstyle": "-", "color": "#666666", "linewidth": 0.5, "shrinkA": 1,
                      "shrinkB": radius[node] / scale} if reach > 1 else None  # fmt: skip
            text = ax.annotate(name, position[node], xytext=offset, textcoords="offset points",
                               ha=ha, va=va, fontsize=SMALL, zorder=3,
                               arrowprops=leader)  # fmt: skip
            box = text.get_window_extent(renderer).padded(1.5 * scale)
            inside = frame.containsx(box.x0) and frame.containsx(box.x1) and frame.containsy(
                box.y0) and frame.containsy(box.y1)  # fmt: skip
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                named += 1
                break
            text.remove()
    return named


def _network_keys(ax: plt.Axes, graph: nx.Graph, biggest: int, widest: int) -> mpl.legend.Legend:
    """Keys: colour = actor type (above the graph); node size and line width (below it).

    Returns the node-size key, the lowest artist (a note can go under it).
    """
    types = nx.get_node_attributes(graph, "actor_type").values()
    handles = _type_handles(types, marker="o", linestyle="", markersize=6)
    kind = ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=3,
                     fontsize=SMALL, handletextpad=0.2, columnspacing=1.0, borderaxespad=0.2,
                     borderpad=0)  # fmt: skip
    ax.add_artist(kind).set_clip_on(False)  # an added artist is clipped to the axes by default
    ax.set_title(ax.get_title(loc="left"), pad=6 + 12 * -(-len(handles) // 3))
    smallest = min(nx.get_node_attributes(graph, "mentions").values())
    line = mpl.lines.Line2D
    sizes = [
        line(
            [],
            [],
            marker="o",
            linestyle="",
            color="#777777",
            label=f"{m:,}",
            markersize=_node_area(m, biggest) ** 0.5,
        )
        for m in sorted({smallest, biggest})
    ]
    weights = sorted({min(w for *_, w in graph.edges(data="weight")), widest})
    widths = [line([], [], color="#888888", linewidth=_edge_width(w, widest), label=f"{w:,}")
              for w in weights]  # fmt: skip
    common = {"fontsize": SMALL, "title_fontsize": SMALL, "ncols": 2, "borderaxespad": 0,
              "columnspacing": 1.2, "alignment": "left"}  # fmt: skip
    size_key = ax.legend(handles=sizes, loc="upper left", bbox_to_anchor=(0, 0),
                         title=display_name("network", "size"), **common)  # fmt: skip
    ax.add_artist(size_key).set_clip_on(False)
    ax.legend(handles=widths, loc="upper right", bbox_to_anchor=(1, 0),
              title=display_name("network", "width"), **common)  # fmt: skip
    return size_key
