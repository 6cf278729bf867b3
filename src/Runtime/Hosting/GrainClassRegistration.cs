namespace Voice.Runtime.Hosting;

/// <summary>Binds a grain interface to the class that implements it (added by AddGrain).</summary>
public sealed record GrainClassRegistration(Type InterfaceType, Type GrainClass);
