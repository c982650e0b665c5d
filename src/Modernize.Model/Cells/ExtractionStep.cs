namespace Modernize.Model.Cells;

/// <summary>One step of the extraction order: which cell to carve out, and why at this rank.</summary>
public sealed record ExtractionStep(int Rank, string Cell, double Score, string Reason);
