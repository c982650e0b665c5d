namespace Modernize.Model.Cells;

/// <summary>The parts of a cell's score, each explained in <see cref="Cell.Explanation"/>.</summary>
/// <param name="Cohesion">Share of the members' dependency weight that stays inside the cell, 0..1.</param>
/// <param name="Coupling">Dependency weight leaving or entering the cell.</param>
/// <param name="InterfaceWidth">Members used from outside the cell.</param>
/// <param name="SharedData">Tables or entities the cell shares with other cells.</param>
/// <param name="Cycles">Cycles (namespace or type level) crossing the cell boundary.</param>
/// <param name="ChangeCoupling">Change coupling with other cells (sum of degrees), 0 without history.</param>
/// <param name="Size">Source lines of its members.</param>
/// <param name="BlockerPoints">Legacy blocker points inside the cell.</param>
public sealed record CellScore(
    double Cohesion,
    double Coupling,
    int InterfaceWidth,
    int SharedData,
    int Cycles,
    double ChangeCoupling,
    int Size,
    int BlockerPoints);
