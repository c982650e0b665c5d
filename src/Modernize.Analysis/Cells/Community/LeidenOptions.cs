namespace Modernize.Analysis.Cells.Community;

/// <summary>Parameters of <see cref="Leiden"/>.</summary>
/// <param name="Resolution">γ of modularity: higher gives more, smaller communities.</param>
/// <param name="Seed">Seed of the node orders and of the randomised refinement: the same seed gives the same partition.</param>
/// <param name="Randomness">θ of the refinement (Traag et al. use 0.01): how far merges may stray from the best gain.</param>
/// <param name="MaxIterations">Whole Leiden passes at most; passes stop earlier once modularity stops rising.</param>
public sealed record LeidenOptions(double Resolution = 1.0, int Seed = 42, double Randomness = 0.01, int MaxIterations = 10);
