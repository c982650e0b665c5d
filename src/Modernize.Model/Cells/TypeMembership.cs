namespace Modernize.Model.Cells;

/// <summary>How firmly a type belongs to its cell, tissue or host element, and what ties it there.</summary>
/// <param name="Type">Type id.</param>
/// <param name="Element">Name of the cell, tissue or host element holding it.</param>
/// <param name="Confidence">0..1: the share of its edge weight that stays in its element, times the share of seeds and neighbouring resolutions that keep it with the element's core.</param>
/// <param name="Evidence">The strongest signal tying it to its element, in words (for example "naming: 'meetings' shared with 40 members").</param>
public sealed record TypeMembership(string Type, string Element, double Confidence, string Evidence);
