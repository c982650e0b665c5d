namespace Modernize.Model.Configuration;

/// <summary>
/// When a large cell is shown with sub-cells (section <c>proposal.subCells</c>; docs/cells.md "Sub-cells", decisions 69
/// and 76). Sub-cells never change the cells themselves, so these figures change what the drill-down shows, not the proposal.
/// </summary>
/// <param name="MinTeamsInCell">A cell is split only when it could hold this many team-sized parts (the size rule's team size).</param>
/// <param name="Resolution">
/// The resolution inside a cell. The proposal's own γ is chosen for the whole graph, where a coarse one (0.25 on
/// booking-modular-monolith) leaves its 156-type Flight cell in one piece even on its own; γ = 1 is plain modularity of
/// the cell's graph, the quantity <paramref name="MinModularity"/> judges.
/// </param>
/// <param name="MinModularity">
/// Modularity (γ = 1) the split must reach inside the cell's graph. Leiden finds some structure in any graph (a dense random
/// cell still gives 0.1–0.2); 0.3 is the conventional mark of community structure (Newman 2004).
/// </param>
/// <param name="MaxCrossingShare">
/// Share of the weight inside the cell that may cross between its sub-cells. Above it the parts are layers or steps of one
/// flow rather than seams: on the benchmark, splits with modularity 0.3–0.4 but 39–48 % crossing (modular-monolith-with-ddd's
/// Meetings, Payments, UserAccess and Administration) cut handlers from their commands; those kept cross 6–33 %.
/// </param>
/// <param name="MaxSubCells">
/// Sub-cells per cell at most (smaller ones fold into their strongest neighbour beyond it): a drill-down read at a glance;
/// without it modular-monolith-with-ddd's 341-type Meetings cell gave 9 sub-cells of 12 to 67 types.
/// </param>
public sealed record SubCellSettings(
    int MinTeamsInCell = 2,
    double Resolution = 1.0,
    double MinModularity = 0.3,
    double MaxCrossingShare = 1.0 / 3,
    int MaxSubCells = 6);
