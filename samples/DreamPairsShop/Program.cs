using DreamPairsShop;

var customer = new Customer { Id = Guid.NewGuid(), FullName = "Jane Doe", Email = "jane@example.com" };
Console.WriteLine($"Customer {customer.Id} registered.");
